using DurhamCms.Hosting;
using DurhamCms.Web.Commands;
using DurhamCms.Web.Observability;

if (HostCommand.TryParse(args, out var command, out var configArgs))
{
    if (command is not HelpCommand
        && ShortProcess.Relaunch(args, Environment.ProcessPath, typeof(Program).Assembly.Location, Environment.GetEnvironmentVariable) is { } relaunch)
    {
        return await ShortProcess.RunAsync(relaunch);
    }

    return await command.RunSafelyAsync(configArgs);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddDurhamCms(typeof(Program).Assembly);
builder.AddDurhamObservability();
var app = builder.Build();
app.UseDurhamCms();
app.MapDurhamObservability();
await app.RunAsync();
return 0;

/// <summary>Named so that integration tests can boot this host with WebApplicationFactory.</summary>
public partial class Program;
