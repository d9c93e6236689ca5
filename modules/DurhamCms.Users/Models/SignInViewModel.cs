using System.ComponentModel.DataAnnotations;

namespace DurhamCms.Users.Models;

public sealed class SignInViewModel
{
    [Required(ErrorMessage = "Enter your user name or email.")]
    [StringLength(256)]
    [Display(Name = "User name or email")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(256)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
