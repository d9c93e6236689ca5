using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Users.Security;

/// <summary>
/// One email, one user, so signing in by email names one account. Identity's own
/// RequireUniqueEmail would also make an email compulsory, and users without one (the
/// administrator setup creates when no AdminEmail is configured) are allowed.
/// </summary>
public sealed class UniqueEmailValidator(ILookupNormalizer normalizer) : IUserValidator<CmsUser>
{
    public const string ErrorCode = "DuplicateEmail";

    public async Task<IdentityResult> ValidateAsync(UserManager<CmsUser> manager, CmsUser user)
    {
        if (string.IsNullOrWhiteSpace(user.Email))
        {
            return IdentityResult.Success;
        }

        var normalized = normalizer.NormalizeEmail(user.Email);
        var holder = await manager.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == normalized && u.Id != user.Id)
            .Select(u => u.UserName)
            .FirstOrDefaultAsync();
        return holder is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = $"The email {user.Email} is already the email of the user {holder}: each user needs an email of their own.",
            });
    }
}
