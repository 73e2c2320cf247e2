using System.ComponentModel.DataAnnotations;

namespace TeamsMockBot.Storage;

/// <summary>Where documents live. Nothing configured: a local folder under the app's content root.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder of the local JSON store; relative paths are under the content root. Default <c>.data</c>.</summary>
    [Required]
    public string DataPath { get; set; } = ".data";
}
