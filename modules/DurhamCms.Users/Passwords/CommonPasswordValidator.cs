using Microsoft.AspNetCore.Identity;

namespace DurhamCms.Users.Passwords;

/// <summary>
/// Refuses the 10,000 most common passwords (zxcvbn 4.4.2's list, MIT: licence beside the file),
/// whatever their case: they are the first an attacker tries, whatever the composition rules say.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<CmsUser>
{
    public const string ErrorCode = "CommonPassword";
    public const string Message = "This password is one of the 10,000 most common: choose one that is harder to guess.";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<CmsUser> manager, CmsUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = Message })
            : IdentityResult.Success);

    public static bool IsCommon(string password) => Common.Value.Contains(password);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("DurhamCms.Users.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from DurhamCms.Users.");
        using var reader = new StreamReader(stream);
        var common = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                common.Add(line);
            }
        }

        return common;
    }
}
