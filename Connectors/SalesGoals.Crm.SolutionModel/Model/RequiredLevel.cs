namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>Entity.xml &lt;RequiredLevel&gt;: none, recommended, required (application), systemrequired.</summary>
public enum RequiredLevel
{
    None,
    Recommended,
    ApplicationRequired,
    SystemRequired,
}
