using DurhamCms.Recipes;

namespace DurhamCms.Web.Commands;

internal sealed class ImportCommand : HostCommand
{
    private readonly string? _path;
    private readonly bool _skipUnsupported;

    public ImportCommand(List<string> args)
    {
        _skipUnsupported = TakeFlag(args, "--skip-unsupported");
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
            return Fail("import needs a recipe file: import <recipe.json> [--skip-unsupported]");
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
            var result = await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>()
                .ExecuteAsync(path, new RecipeExecutionOptions { SkipUnsupportedSteps = _skipUnsupported });
            foreach (var warning in result.Warnings)
            {
                Console.Error.WriteLine($"warning: {warning}");
            }

            foreach (var skipped in result.SkippedSteps)
            {
                Console.Error.WriteLine($"skipped: {skipped}");
            }

            Console.WriteLine($"Imported {Path.GetFileName(path)}: {result.ExecutedSteps} steps, {result.ImportedContent.Count} content items, {result.SkippedSteps.Count} skipped steps, {result.Warnings.Count} warnings.");
            return 0;
        }
        catch (RecipeException ex)
        {
            return Fail($"{Path.GetFileName(path)}: {ex.Message} Nothing was imported.");
        }
    }
}
