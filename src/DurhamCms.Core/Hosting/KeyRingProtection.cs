using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Hosting;

/// <summary>
/// Encrypts the data-protection key ring at rest with a configured certificate. Whoever reads an
/// unencrypted key file can forge any user's sign-in cookie, so the site says so at every start.
/// </summary>
public static class KeyRingProtection
{
    public static IServiceCollection AddKeyRingProtection(this IServiceCollection services, DataProtectionSettings settings)
    {
        var certificate = LoadCertificate(settings);
        if (certificate is not null)
        {
            services.AddDataProtection().ProtectKeysWithCertificate(certificate);
        }

        services.AddHostedService(sp => new KeyRingProtectionReport(certificate, sp.GetRequiredService<ILogger<KeyRingProtectionReport>>()));
        return services;
    }

    private static X509Certificate2? LoadCertificate(DataProtectionSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            if (!File.Exists(settings.CertificatePath))
            {
                throw new InvalidOperationException($"DurhamCms:DataProtection:CertificatePath: the file '{settings.CertificatePath}' does not exist.");
            }

            try
            {
                return WithPrivateKey(X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, settings.CertificatePassword), "DurhamCms:DataProtection:CertificatePath");
            }
            catch (CryptographicException e)
            {
                throw new InvalidOperationException($"DurhamCms:DataProtection:CertificatePath: '{settings.CertificatePath}' could not be read as a .pfx with the password in DurhamCms:DataProtection:CertificatePassword ({e.Message}).", e);
            }
        }

        if (!string.IsNullOrWhiteSpace(settings.CertificateThumbprint))
        {
            var thumbprint = settings.CertificateThumbprint.Replace(" ", "", StringComparison.Ordinal);
            foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
            {
                using var store = new X509Store(StoreName.My, location);
                store.Open(OpenFlags.ReadOnly);
                var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
                if (found.Count > 0)
                {
                    return WithPrivateKey(found[0], "DurhamCms:DataProtection:CertificateThumbprint");
                }
            }

            throw new InvalidOperationException($"DurhamCms:DataProtection:CertificateThumbprint: no certificate {thumbprint} in the CurrentUser or LocalMachine 'My' store.");
        }

        return null;
    }

    private static X509Certificate2 WithPrivateKey(X509Certificate2 certificate, string setting) =>
        certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"{setting}: the certificate {certificate.Thumbprint} has no private key, so the key ring could be written but never read back.");
}

/// <summary>Says at start whether the key ring is encrypted at rest.</summary>
internal sealed class KeyRingProtectionReport(X509Certificate2? certificate, ILogger<KeyRingProtectionReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (certificate is null)
        {
            logger.LogWarning(
                "The data-protection key ring is NOT encrypted at rest: anyone who can read its folder can forge sign-in cookies. " +
                "Set DurhamCms:DataProtection:CertificatePath (and CertificatePassword) or CertificateThumbprint.");
        }
        else
        {
            logger.LogInformation("The data-protection key ring is encrypted with certificate {Thumbprint}.", certificate.Thumbprint);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
