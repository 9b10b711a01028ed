namespace EventFly.ArchitectureTests;

/// <summary>The checkout the tests run from: the folder above the test's output that holds EventFly.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EventFly.sln"))) return dir.FullName;
        throw new InvalidOperationException("EventFly.sln not found above " + AppContext.BaseDirectory);
    }
}
