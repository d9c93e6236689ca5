using System.ComponentModel.DataAnnotations;

namespace DurhamCms.Users.Models;

/// <summary>One row of the user list.</summary>
public sealed record UserRow(string Id, string UserName, string? Email, IReadOnlyList<string> Roles, bool IsEnabled, bool IsLockedOut);

public sealed record UserListViewModel(IReadOnlyList<UserRow> Users, string? Query, int Page, int PageCount, int Total);

/// <summary>Fields shared by the create and edit forms.</summary>
public abstract class UserFormModel
{
    [Required(ErrorMessage = "Enter an email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address such as name@durhamnc.gov.")]
    [StringLength(256, ErrorMessage = "The email address can be at most 256 characters.")]
    public string Email { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    /// <summary>The roles a user may be given (filled by the controller, not posted).</summary>
    public IReadOnlyList<RoleChoice> AvailableRoles { get; set; } = [];
}

public sealed record RoleChoice(string Name, string? Description);

public sealed class CreateUserViewModel : UserFormModel
{
    [Required(ErrorMessage = "Enter a user name.")]
    [StringLength(64, ErrorMessage = "The user name can be at most 64 characters.")]
    [RegularExpression(@"^[A-Za-z0-9._@+-]+$", ErrorMessage = "The user name can use letters, digits and . _ @ + - only.")]
    [Display(Name = "User name")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter a password.")]
    [StringLength(256, ErrorMessage = "The password can be at most 256 characters.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Enter the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password again")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class EditUserViewModel : UserFormModel
{
    public string Id { get; set; } = "";

    public string UserName { get; set; } = "";

    public bool IsEnabled { get; set; } = true;
}

public sealed class ResetPasswordViewModel
{
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter the new password.")]
    [StringLength(256, ErrorMessage = "The password can be at most 256 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ChangePasswordViewModel
{
    [Required(ErrorMessage = "Enter your current password.")]
    [StringLength(256)]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter the new password.")]
    [StringLength(256, ErrorMessage = "The password can be at most 256 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}
