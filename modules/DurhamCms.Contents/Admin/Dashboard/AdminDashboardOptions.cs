namespace DurhamCms.Contents.Admin.Dashboard;

/// <summary>The admin dashboard's settings (<c>DurhamCms:Admin</c>).</summary>
public sealed class AdminDashboardOptions
{
    public const string Section = "DurhamCms:Admin";

    /// <summary>Items shown in each section of the dashboard.</summary>
    public int ItemsPerSection { get; set; } = 10;
}
