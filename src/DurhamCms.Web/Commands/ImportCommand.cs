using DurhamCms.Recipes;

namespace DurhamCms.Web.Commands;

internal sealed class ImportCommand : HostCommand
{
    private readonly string? _path;
    private readonly bool _skipUnsupported;
    private readonly Dictionary<string, string?> _parameters = new(StringComparer.OrdinalIgnoreCase);

    public ImportCommand(List<string> args)
    {
        _skipUnsupported = TakeFlag(args, "--skip-unsupported");
        while (TakeOption(args, "--param") is { } pair)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"--param takes Name=Value; '{pair}' has no name or no '='.");
            }

            _parameters[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        _path = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (_path is not null)
        {
            args.Remove(_path);
        }

        Unclaimed.AddRange(args);
    }

    public override async Task<int> RunAsync(string[] configArgs)
    {
        if (_path is null)
        {
            return Fail("import needs a recipe file: import <recipe.json> [--skip-unsupported] [--param Name=Value ...]");
        }

        var path = Path.GetFullPath(_path);
        if (!File.Exists(path))
        {
            return Fail($"recipe file {path} does not exist.");
        }

        await using var app = await BuildSiteAsync(configArgs);
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var parameters = await ParametersAsync(scope.ServiceProvider);
            var result = await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>()
                .ExecuteAsync(path, new RecipeExecutionOptions { SkipUnsupportedSteps = _skipUnsupported, Parameters = parameters, KeepImportedContent = false });
            foreach (var warning in result.Warnings)
            {
                Console.Error.WriteLine($"warning: {warning}");
            }

            foreach (var skipped in result.SkippedSteps)
            {
                Console.Error.WriteLine($"skipped: {skipped}");
            }

            Console.WriteLine($"Imported {Path.GetFileName(path)}: {result.ExecutedSteps} steps, {result.ImportedContentCount} content items, {result.SkippedSteps.Count} skipped steps, {result.Warnings.Count} warnings.");
            return 0;
        }
        catch (RecipeException ex)
        {
            return Fail($"{Path.GetFileName(path)}: {ex.Message} Nothing was imported.");
        }
    }

    /// <summary>
    /// Orchard's setup parameters: AdminUserId and AdminUsername name the site's first
    /// administrator; each --param adds one or overrides it. Any other reads as "".
    /// </summary>
    private async Task<Dictionary<string, string?>> ParametersAsync(IServiceProvider services)
    {
        var parameters = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (services.GetService<IRecipeAdministratorProvider>() is { } administrators
            && await administrators.GetFirstAdministratorAsync() is { } admin)
        {
            parameters["AdminUserId"] = admin.UserId;
            parameters["AdminUsername"] = admin.UserName;
        }

        foreach (var (name, value) in _parameters)
        {
            parameters[name] = value;
        }

        return parameters;
    }
}
