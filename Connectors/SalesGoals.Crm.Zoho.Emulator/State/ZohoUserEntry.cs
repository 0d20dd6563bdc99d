namespace SalesGoals.Crm.Zoho.Emulator.State;

/// <summary>A CRM user of the emulated org.</summary>
public sealed record ZohoUserEntry(string Id, string FirstName, string LastName, string Email, string Status = "active")
{
    public string FullName => $"{FirstName} {LastName}".Trim();
}
