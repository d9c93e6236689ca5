namespace DurhamCms.Modules;

/// <summary>The host's modules do not fit together: a dependency is absent, ids clash, or they form a cycle.</summary>
public sealed class ModuleDependencyException(string message) : InvalidOperationException(message);
