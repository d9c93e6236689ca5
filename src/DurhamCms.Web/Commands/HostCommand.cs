using DurhamCms.Hosting;

namespace DurhamCms.Web.Commands;

/// <summary>
/// The host's command line: <c>import</c>, <c>export</c> and <c>sample-recipe</c> act on the
/// configured site (set up first if needed) and exit. Errors go to stderr with exit code 1.
/// </summary>
internal abstract class HostCommand
{
    public static bool TryParse(string[] args, out HostCommand command, out string[] configArgs)
    {
        command = null!;
        configArgs = args;
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return false;
        }

        // Options of the verb are ours; "--Key=Value" / "--Key Value" pairs that follow are configuration.
        var rest = args.Skip(1).ToList();
        command = args[0] switch
        {
            "import" => new ImportCommand(rest),
            "export" => new ExportCommand(rest),
            "sample-recipe" => new SampleRecipeCommand(rest),
            "help" or "--help" => new HelpCommand(),
            _ => new HelpCommand(args[0]),
        };
        configArgs = command.ConfigurationArgs;
        return true;
    }

    protected List<string> Unclaimed { get; } = [];

    public string[] ConfigurationArgs => [.. Unclaimed];

    public abstract Task<int> RunAsync(string[] configArgs);

    /// <summary>An operator gets one line naming what went wrong, never a stack trace and a crash code.</summary>
    public async Task<int> RunSafelyAsync(string[] configArgs)
    {
        try
        {
            return await RunAsync(configArgs);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Fail(ex is ArgumentException or FileNotFoundException or InvalidOperationException or DurhamCms.Recipes.RecipeException
                ? ex.Message
                : $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>A host with every module, set up, but not listening.</summary>
    protected static async Task<WebApplication> BuildSiteAsync(string[] configArgs)
    {
        var builder = WebApplication.CreateBuilder(configArgs);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddDurhamCms(typeof(Program).Assembly);
        var app = builder.Build();
        await app.SetUpDurhamCmsAsync();
        return app;
    }

    protected static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return 1;
    }

    /// <summary>Takes "--name value" out of <paramref name="args"/>.</summary>
    protected static string? TakeOption(List<string> args, string name)
    {
        var i = args.FindIndex(a => a == name);
        if (i < 0)
        {
            var prefixed = args.FindIndex(a => a.StartsWith(name + "=", StringComparison.Ordinal));
            if (prefixed < 0)
            {
                return null;
            }

            var value = args[prefixed][(name.Length + 1)..];
            args.RemoveAt(prefixed);
            return value;
        }

        if (i + 1 >= args.Count)
        {
            throw new ArgumentException($"{name} needs a value.");
        }

        var result = args[i + 1];
        args.RemoveRange(i, 2);
        return result;
    }

    protected static bool TakeFlag(List<string> args, string name) => args.Remove(name);
}

internal sealed class HelpCommand(string? unknown = null) : HostCommand
{
    public override Task<int> RunAsync(string[] configArgs)
    {
        var usage = """
            usage: DurhamCms.Web [verb] [options] [--Configuration:Key=value ...]
              (no verb)                                   run the site
              import <recipe.json> [--skip-unsupported] [--param Name=Value ...]
                                                          import a recipe into the configured site
                                                          (AdminUserId/AdminUsername: the first administrator)
              export [--types A,B] [--output file] [--drafts]
                                                          write content definitions and published items
                                                          (and drafts) as a recipe
              sample-recipe (--items N | --initiatives N) [--output file]
                                                          write a clearly labelled sample plan recipe
            """;
        if (unknown is not null)
        {
            Console.Error.WriteLine($"error: unknown command '{unknown}'.");
            Console.Error.WriteLine(usage);
            return Task.FromResult(2);
        }

        Console.WriteLine(usage);
        return Task.FromResult(0);
    }
}
