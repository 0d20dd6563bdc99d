namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>Who owns the rows of a table (Entity.xml &lt;OwnershipTypeMask&gt;).</summary>
public enum OwnershipType
{
    None,
    UserOwned,
    OrganizationOwned,
    BusinessOwned,
}
