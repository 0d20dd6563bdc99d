using SalesGoals.Crm.Zoho.Errors;

namespace SalesGoals.Crm.Zoho.Records;

/// <summary>What happened to one record of a write.</summary>
/// <param name="Index">Position of the record in the caller's list.</param>
/// <param name="Succeeded">True when Zoho stored it.</param>
/// <param name="RecordId">Zoho's id of the stored record.</param>
/// <param name="Action">Upsert only: insert or update.</param>
/// <param name="Error">Zoho's error for a record that failed.</param>
/// <param name="Attempts">How many times the record was sent.</param>
public sealed record ZohoWriteOutcome(int Index, bool Succeeded, string? RecordId, string? Action, ZohoError? Error, int Attempts);
