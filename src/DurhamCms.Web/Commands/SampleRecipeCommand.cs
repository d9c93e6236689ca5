namespace DurhamCms.Web.Commands;

/// <summary>
/// Writes a clearly labelled sample plan recipe for the configured site (see <see cref="SamplePlanGenerator"/>).
/// <c>--initiatives N</c>: N initiatives, each with one key measure and three status updates.
/// <c>--items N</c> (bench/import.sh): N content items in total, in the same pattern.
/// </summary>
internal sealed class SampleRecipeCommand : HostCommand
{
    private const int DefaultItems = 500;

    // A hard limit keeps a mistyped count from filling the disk; 10,000 initiatives is the benchmark.
    private const int MaxInitiatives = 1_000_000;

    private readonly string? _items;
    private readonly string? _initiatives;
    private readonly string? _output;

    public SampleRecipeCommand(List<string> args)
    {
        _items = TakeOption(args, "--items");
        _initiatives = TakeOption(args, "--initiatives");
        _output = TakeOption(args, "--output");
        Unclaimed.AddRange(args);
    }

    public override async Task<int> RunAsync(string[] configArgs)
    {
        if (_items is not null && _initiatives is not null)
        {
            return Fail("give either --items or --initiatives, not both.");
        }

        int? totalItems = null;
        int initiatives;
        if (_initiatives is not null)
        {
            if (!int.TryParse(_initiatives, out initiatives) || initiatives is < 1 or > MaxInitiatives)
            {
                return Fail($"--initiatives must be a whole number from 1 to {MaxInitiatives}.");
            }
        }
        else
        {
            var items = DefaultItems;
            if (_items is not null && (!int.TryParse(_items, out items) || items is < 1 or > MaxInitiatives * SamplePlanGenerator.ItemsPerInitiative))
            {
                return Fail($"--items must be a whole number from 1 to {MaxInitiatives * SamplePlanGenerator.ItemsPerInitiative}.");
            }

            totalItems = items;
            initiatives = (items + SamplePlanGenerator.ItemsPerInitiative - 1) / SamplePlanGenerator.ItemsPerInitiative;
        }

        await using var app = await BuildSiteAsync(configArgs);
        await using var scope = app.Services.CreateAsyncScope();
        var site = await SamplePlanSite.ReadAsync(scope.ServiceProvider);
        if (site.Priorities.Count == 0)
        {
            return Fail("the site has no numbered priorities to put sample initiatives under; set it up with the Durham recipe first.");
        }

        var generator = new SamplePlanGenerator(site);
        if (_output is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await generator.WriteAsync(stdout, initiatives, totalItems);
            await stdout.WriteAsync("\n"u8.ToArray());
        }
        else
        {
            await using (var file = File.Create(_output))
            {
                await generator.WriteAsync(file, initiatives, totalItems);
            }

            Console.Error.WriteLine($"Wrote a sample plan of {initiatives} initiatives to {Path.GetFullPath(_output)}.");
        }

        return 0;
    }
}
