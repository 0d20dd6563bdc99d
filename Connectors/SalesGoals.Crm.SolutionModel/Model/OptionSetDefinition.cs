using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>A choice list: global (OptionSets/&lt;name&gt;.xml) or local to a column.</summary>
public sealed record OptionSetDefinition(string Name, bool IsGlobal, IReadOnlyList<OptionDefinition> Options)
{
    /// <summary>Display names of the option set by language code.</summary>
    public IReadOnlyDictionary<int, string> DisplayNames { get; init; } = new Dictionary<int, string>();

    /// <summary>The option with this value, or null.</summary>
    public OptionDefinition? Find(int value)
    {
        foreach (var option in Options)
        {
            if (option.Value == value)
            {
                return option;
            }
        }

        return null;
    }
}
