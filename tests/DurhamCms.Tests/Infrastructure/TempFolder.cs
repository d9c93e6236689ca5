namespace DurhamCms.Tests.Infrastructure;

public static class TempFolder
{
    /// <summary>
    /// Deletes a test's temp folder, leaving it when a file in it is still held (a stopped host's
    /// search index or database, a killed node's log): the OS cleans its temp folder, and a test
    /// whose assertions passed does not fail on its cleanup.
    /// </summary>
    public static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
