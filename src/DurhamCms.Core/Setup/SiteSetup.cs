using System.Security.Cryptography;
using DurhamCms.Data;
using DurhamCms.Data.Migrations;
using DurhamCms.Documents;
using DurhamCms.Hosting;
using DurhamCms.Recipes;
using DurhamCms.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.Setup;

/// <summary>Recorded once setup has finished; its presence is what "set up" means.</summary>
public sealed class SiteState
{
    public const string DocumentKey = "SiteState";

    public DateTime SetupUtc { get; set; }
    public string? Recipe { get; set; }
    public string? AdminUserName { get; set; }
}

/// <summary>
/// Brings a site's schema up to date on every start (the frozen baseline, then module migrations) and,
/// the first time only, runs the setup recipe and creates the administrator.
/// </summary>
public sealed class SiteSetup(
    DurhamDbContext db,
    SchemaMigrator schema,
    IRecipeExecutor recipes,
    IDocumentStore documents,
    IEnumerable<ISetupAdministrator> administrators,
    IOptions<DurhamCmsOptions> options,
    SitePaths paths,
    SetupConsole console,
    SharedKeyRing keyRing,
    ILogger<SiteSetup> logger)
{
    public const string PasswordFileName = "admin-password.txt";

    /// <summary>True when this call set the site up; false when it already was.</summary>
    public async Task<bool> EnsureSetUpAsync(CancellationToken cancellationToken = default)
    {
        DataFolder.Create(paths.DataPath);
        if (db.Database.IsSqlite())
        {
            DataFolder.SecureSqliteFiles(db.Database.GetConnectionString()!);
        }

        // Nodes started together take turns from here: migrations, then the check and the setup.
        await using var setupLock = await SetupLock.AcquireAsync(db, cancellationToken);
        await schema.MigrateAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            // Made here, under the lock, so that nodes starting together sign with one key
            // instead of each making its own and refusing the others' cookies until they reload.
            keyRing.EnsureCurrentKey();
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets residents read while an editor or a recipe writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            DataFolder.SecureSqliteFiles(db.Database.GetConnectionString()!);
        }

        if (await documents.FindAsync<SiteState>(SiteState.DocumentKey) is not null)
        {
            return false;
        }

        var setup = options.Value.Setup;
        var recipePath = ResolveRecipe(setup.Recipe);

        // One transaction for the administrator, the recipe and SiteState: a node dying half-way
        // leaves an empty site to set up again, never a recipe run that is not recorded.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var admin = await EnsureAdministratorAsync(setup);
        logger.LogInformation("Setting up the site from {Recipe}", recipePath);
        var result = await recipes.ExecuteAsync(recipePath, new RecipeExecutionOptions
        {
            Parameters = new Dictionary<string, string?>
            {
                ["AdminUserId"] = admin?.Id,
                ["AdminUsername"] = admin?.UserName,
                ["SiteName"] = setup.SiteName,
            },
        }, cancellationToken);
        foreach (var warning in result.Warnings)
        {
            logger.LogWarning("Setup recipe: {Warning}", warning);
        }

        await documents.SaveAsync(SiteState.DocumentKey, new SiteState
        {
            SetupUtc = DateTime.UtcNow,
            Recipe = Path.GetFileName(recipePath),
            AdminUserName = admin?.UserName,
        });
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> IsSetUpAsync(CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && await documents.FindAsync<SiteState>(SiteState.DocumentKey) is not null;

    /// <summary>Relative recipe paths are tried against the content root, then each folder above it (the repository root in development).</summary>
    private string ResolveRecipe(string recipe)
    {
        if (Path.IsPathRooted(recipe))
        {
            return File.Exists(recipe) ? recipe : throw new FileNotFoundException($"Setup recipe {recipe} (DurhamCms:Setup:Recipe) does not exist.", recipe);
        }

        for (var folder = new DirectoryInfo(paths.ContentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, recipe);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Setup recipe '{recipe}' (DurhamCms:Setup:Recipe) was not found under {paths.ContentRoot} or any folder above it.", recipe);
    }

    /// <summary>Null on a site without users (no Users module): nobody to create.</summary>
    private async Task<UserSummary?> EnsureAdministratorAsync(SetupOptions setup)
    {
        if (administrators.LastOrDefault() is not { } administrator)
        {
            logger.LogWarning("No module keeps users on this site: setup creates no administrator.");
            return null;
        }

        var email = string.IsNullOrWhiteSpace(setup.AdminEmail) ? null : setup.AdminEmail.Trim();
        var generated = string.IsNullOrEmpty(setup.AdminPassword);
        var password = generated ? GeneratePassword() : setup.AdminPassword!;
        var (admin, created) = await administrator.EnsureAsync(setup.AdminUserName, email, password);
        if (created && generated)
        {
            var file = Path.Combine(paths.DataPath, PasswordFileName);
            await DataFolder.WriteSecretAsync(file, $"{setup.AdminUserName}\n{password}\n");

            // Printed once, on purpose: the operator needs it to sign in the first time. Redirected
            // output is kept (container logs, journald), so there only the file is named.
            console.WriteLine(console.IsTerminal
                ? $"DurhamCms: administrator '{setup.AdminUserName}' created with password {password} (also in {file}, readable only by its owner)."
                : $"DurhamCms: administrator '{setup.AdminUserName}' created; its generated password is in {file}, readable only by its owner.");
        }

        return admin;
    }

    private static string GeneratePassword()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 20).Select(_ => letters[RandomNumberGenerator.GetInt32(letters.Length)]).ToArray();

        // Identity's default rules want a digit, a lower, an upper and a symbol.
        return new string(chars) + "-7aA";
    }
}
