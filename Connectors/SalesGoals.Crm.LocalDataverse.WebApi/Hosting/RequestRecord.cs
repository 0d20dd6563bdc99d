using System;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Hosting;

/// <summary>One HTTP request the local Web API received: when, what, and the status it answered (0 = connection dropped).</summary>
public sealed record RequestRecord(DateTimeOffset ReceivedOn, string Method, string PathAndQuery, int Status, int BatchOperations);
