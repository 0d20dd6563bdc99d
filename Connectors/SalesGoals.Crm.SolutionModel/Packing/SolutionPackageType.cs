namespace SalesGoals.Crm.SolutionModel.Packing;

/// <summary>Which solution a pack writes from a folder unpacked as both (<c>&lt;Managed&gt;2</c>).</summary>
public enum SolutionPackageType
{
    Unmanaged,
    Managed,
}
