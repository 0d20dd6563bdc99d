namespace SalesGoals.Crm.SolutionModel;

/// <summary>Entity.xml &lt;RequiredLevel&gt;: none, recommended, required (application), systemrequired.</summary>
public enum RequiredLevel
{
    None,
    Recommended,
    ApplicationRequired,
    SystemRequired,
}
