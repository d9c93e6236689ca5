namespace DurhamCms.Setup;

/// <summary>
/// Where setup tells the operator about the generated administrator password. A secret printed into
/// redirected output ends up in container logs and journald, so it is printed only to a terminal.
/// </summary>
public class SetupConsole
{
    public virtual bool IsTerminal => !Console.IsOutputRedirected;

    public virtual void WriteLine(string line) => Console.WriteLine(line);
}
