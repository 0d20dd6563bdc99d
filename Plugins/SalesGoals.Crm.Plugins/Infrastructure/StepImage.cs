using System.Collections.Generic;

namespace SalesGoals.Crm.Plugins.Infrastructure;

/// <summary>An entity image a step asks for. ImageType 0 = pre, 1 = post; no attributes = all columns.</summary>
public sealed class StepImage
{
    public StepImage(string alias, int imageType, string messagePropertyName, params string[] attributes)
    {
        Alias = alias;
        ImageType = imageType;
        MessagePropertyName = messagePropertyName;
        Attributes = attributes;
    }

    public const int Pre = 0;
    public const int Post = 1;

    public string Alias { get; }

    public int ImageType { get; }

    public string MessagePropertyName { get; }

    public IReadOnlyList<string> Attributes { get; }
}
