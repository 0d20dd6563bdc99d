namespace SalesGoals.Crm.Zoho.Emulator.Faults;

/// <summary>Fails written records whose <paramref name="MatchField"/> equals <paramref name="MatchValue"/>
/// with a per-record error (in a 207 or 400 answer).</summary>
/// <param name="Module">Module the fault applies to.</param>
/// <param name="MatchField">Field compared with <paramref name="MatchValue"/>.</param>
/// <param name="MatchValue">Value that selects the records to fail.</param>
/// <param name="Code">Error code, e.g. INVALID_DATA (permanent) or RECORD_LOCKED (transient).</param>
/// <param name="ApiName">Field the error names (details.api_name and json_path).</param>
/// <param name="Times">How many times each matching record fails; a negative number means always.</param>
public sealed record ZohoRecordFault(string Module, string MatchField, string MatchValue, string Code, string ApiName, int Times = -1);
