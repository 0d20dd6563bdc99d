namespace SalesGoals.Crm.Zoho.Emulator.Coql;

public sealed record CoqlOrder(string Field, bool Descending);
