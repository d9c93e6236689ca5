namespace DurhamCms.Media.Fields;

/// <summary>A MediaField as residents see it: its images (lazy unless <paramref name="Eager"/>) then its documents.</summary>
public sealed record MediaListModel(MediaField Field, string FieldName, bool Eager);
