using Microsoft.AspNetCore.Identity;

namespace DurhamCms.Users.Services;

/// <summary>
/// A hash of a fixed throwaway password, made once per process with the site's own hasher. When
/// the user is unknown or disabled, sign-in verifies the given password against it so the answer
/// takes as long as a wrong password does: the timing must not tell which names exist.
/// </summary>
public sealed class DummyPasswordHash
{
    private static readonly CmsUser Nobody = new() { UserName = "nobody" };
    private string? _hash;

    /// <summary>Costs one password verification, like checking a real user's password; the result is always a failure.</summary>
    public void Verify(IPasswordHasher<CmsUser> hasher, string password)
    {
        var hash = LazyInitializer.EnsureInitialized(ref _hash, () => hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));
        _ = hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
