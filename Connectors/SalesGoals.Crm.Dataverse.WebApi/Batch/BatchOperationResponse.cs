namespace SalesGoals.Crm.Dataverse.WebApi.Batch;

/// <summary>One operation's answer inside a $batch response.</summary>
public sealed record BatchOperationResponse(int Index, int StatusCode, string Body)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
