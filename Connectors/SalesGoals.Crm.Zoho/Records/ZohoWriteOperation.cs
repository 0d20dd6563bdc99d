namespace SalesGoals.Crm.Zoho.Records;

public enum ZohoWriteOperation
{
    Insert = 0,
    Update = 1,
    Upsert = 2,
}
