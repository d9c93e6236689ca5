using DurhamCms.ContentManagement;
using DurhamCms.Recipes;

namespace DurhamCms.Web.Commands;

internal sealed class ExportCommand : HostCommand
{
    private readonly string[] _types;
    private readonly string? _output;
    private readonly bool _drafts;

    public ExportCommand(List<string> args)
    {
        _types = (TakeOption(args, "--types") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        _output = TakeOption(args, "--output");
        _drafts = TakeFlag(args, "--drafts");
        Unclaimed.AddRange(args);
    }

    public override async Task<int> RunAsync(string[] configArgs)
    {
        await using var app = await BuildSiteAsync(configArgs);
        await using var scope = app.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<DurhamCms.ContentManagement.Metadata.IContentDefinitionManager>();
        foreach (var type in _types)
        {
            if (await definitions.GetTypeDefinitionAsync(type) is null)
            {
                return Fail($"--types names '{type}', which is not a content type of this site.");
            }
        }

        var recipe = await scope.ServiceProvider.GetRequiredService<IRecipeExporter>()
            .ExportAsync(new RecipeExportRequest { ContentTypes = _types, IncludeDrafts = _drafts });
        var json = recipe.ToJsonString(ContentJson.Indented);
        if (_output is null)
        {
            Console.WriteLine(json);
        }
        else
        {
            await File.WriteAllTextAsync(_output, json);
            Console.Error.WriteLine($"Exported to {Path.GetFullPath(_output)}.");
        }

        return 0;
    }
}
