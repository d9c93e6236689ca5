using Microsoft.AspNetCore.Identity;

namespace DurhamCms.Users;

/// <summary>A person who signs in to the admin: Identity's columns (table AspNetUsers, frozen in release 1) and whether they may sign in.</summary>
public sealed class CmsUser : IdentityUser
{
    public bool IsEnabled { get; set; } = true;
}

public sealed class CmsRole : IdentityRole
{
    public CmsRole()
    {
    }

    public CmsRole(string name) : base(name)
    {
    }

    public string? Description { get; set; }
}
