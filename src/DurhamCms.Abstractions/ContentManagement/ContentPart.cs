namespace DurhamCms.ContentManagement;

/// <summary>Base of typed parts. A part's JSON is the serialized public properties of its class.</summary>
public abstract class ContentPart;

/// <summary>Base of typed fields, stored inside their part under the field's name.</summary>
public abstract class ContentField;
