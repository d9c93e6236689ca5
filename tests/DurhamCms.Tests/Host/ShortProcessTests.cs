using DurhamCms.Web.Commands;
using Xunit;

namespace DurhamCms.Tests.Host;

/// <summary>A command starts itself again with dynamic PGO off, unless the operator chose a setting (CommandLineTests run the real thing).</summary>
public sealed class ShortProcessTests
{
    private static readonly string[] Args = ["import", "plan.recipe.json", "--param", "A=b"];

    [Fact]
    public void Run_through_dotnet_it_starts_dotnet_with_the_host_and_the_same_arguments_and_PGO_off()
    {
        var start = ShortProcess.Relaunch(Args, "/usr/share/dotnet/dotnet", "/app/DurhamCms.Web.dll", _ => null);

        Assert.NotNull(start);
        Assert.Equal("/usr/share/dotnet/dotnet", start.FileName);
        Assert.Equal(["/app/DurhamCms.Web.dll", .. Args], start.ArgumentList);
        Assert.Equal("0", start.Environment[ShortProcess.PgoVariable]);
        Assert.False(start.UseShellExecute);
        Assert.False(start.RedirectStandardOutput);
    }

    [Fact]
    public void Run_as_its_own_program_it_starts_that_program_with_the_same_arguments()
    {
        var start = ShortProcess.Relaunch(Args, "/app/DurhamCms.Web", "/app/DurhamCms.Web.dll", _ => null);

        Assert.NotNull(start);
        Assert.Equal("/app/DurhamCms.Web", start.FileName);
        Assert.Equal(Args, start.ArgumentList);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public void A_setting_the_operator_chose_is_kept_and_the_command_runs_where_it_is(string chosen) =>
        Assert.Null(ShortProcess.Relaunch(Args, "/usr/bin/dotnet", "/app/DurhamCms.Web.dll", name => name == ShortProcess.PgoVariable ? chosen : null));
}
