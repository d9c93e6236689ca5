using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace DurhamCms.Hosting;

/// <summary>Makes sure the shared key ring holds a key every node can sign with now.</summary>
public sealed class SharedKeyRing(IKeyManager keys)
{
    /// <summary>Data protection's own default lifetime.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public void EnsureCurrentKey()
    {
        // The key ring reads the system clock, not the site's TimeProvider.
        var now = DateTimeOffset.UtcNow;
        var usable = keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now.AddDays(2));
        if (!usable)
        {
            keys.CreateNewKey(now, now + Lifetime);
        }
    }
}
