using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DurhamCms.Web.Commands;

/// <summary>
/// A command (import, export, sample-recipe) is a short process, and dynamic PGO does not pay for
/// itself in one: with its instrumented code and recompiles a 10,000-item import spent about 1.5 times
/// the CPU it spends without them. The site, a long process, keeps PGO:
/// without it search throughput was about 15% lower (bench/README.md, 2026-12-03). The runtime reads
/// the switch only when it starts, so a command starts itself once more with PGO off, unless the
/// operator has chosen a setting.
/// </summary>
public static class ShortProcess
{
    public const string PgoVariable = "DOTNET_TieredPGO";

    /// <summary>How to start this command again with PGO off, or null to run it here.</summary>
    public static ProcessStartInfo? Relaunch(string[] args, string? processPath, string entryAssembly, Func<string, string?> environment)
    {
        if (environment(PgoVariable) is not null || string.IsNullOrEmpty(processPath))
        {
            return null;
        }

        var start = new ProcessStartInfo(processPath) { UseShellExecute = false };

        // "dotnet DurhamCms.Web.dll import ..." runs the muxer; the apphost is the program itself.
        if (Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            // A single-file host has no assembly path to hand the muxer: it runs where it is.
            if (string.IsNullOrEmpty(entryAssembly))
            {
                return null;
            }

            start.ArgumentList.Add(entryAssembly);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[PgoVariable] = "0";
        return start;
    }

    /// <summary>
    /// Runs the command in a child process with the same console, and returns its exit code. Ctrl-C
    /// reaches the child through the terminal; a SIGTERM sent to this process alone ends the child too,
    /// so a stopped import is never left running unseen (its transaction is rolled back either way).
    /// </summary>
    public static async Task<int> RunAsync(ProcessStartInfo start)
    {
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            child.Kill(entireProcessTree: true);
        });
        await child.WaitForExitAsync();
        return child.ExitCode;
    }
}
