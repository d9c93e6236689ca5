namespace DurhamCms.Users.Security;

/// <summary>How hard the sign-in form and the change-password form hold back guessing (<c>DurhamCms:SignIn</c>).</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "DurhamCms:SignIn";

    /// <summary>Password attempts (right or wrong, any name) one client address may make per <see cref="AddressWindow"/>.</summary>
    public int AddressAttempts { get; set; } = 60;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failures for one name from one address before each further attempt waits.</summary>
    public int FreeFailures { get; set; } = 5;

    /// <summary>
    /// Failures for one name from all addresses together before every address that has failed
    /// for it waits too (an attacker spread over many addresses). Addresses with no failure for
    /// the name are never held back by it, so the real user still signs in.
    /// </summary>
    public int NameFailureCeiling { get; set; } = 50;

    /// <summary>The first wait; each further failure doubles it, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>After this long without a failure, a name's (or a pair's) count starts again.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromHours(1);
}
