using SalesGoals.Crm.Dataverse.WebApi.Errors;

namespace SalesGoals.Crm.Dataverse.WebApi.Client;

/// <summary>One row's result: its key, the outcome, and Dataverse's error when it failed.</summary>
public sealed record UpsertItemResult(string Key, UpsertOutcome Outcome, DataverseWebApiException? Error = null);
