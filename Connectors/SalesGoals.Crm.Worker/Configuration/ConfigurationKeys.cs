namespace SalesGoals.Crm.Worker.Configuration;

/// <summary>The configuration keys of <c>run</c> (environment variables use "__" for ":", e.g. Dataverse__ClientSecret).</summary>
public static class ConfigurationKeys
{
    public const string DataverseUrl = "Dataverse:Url";
    public const string DataverseAuthMode = "Dataverse:Auth:Mode";
    public const string DataverseTenantId = "Dataverse:Auth:TenantId";
    public const string DataverseClientId = "Dataverse:Auth:ClientId";
    public const string DataverseClientSecret = "Dataverse:Auth:ClientSecret";
    public const string ServiceBusConnectionString = "ServiceBus:ConnectionString";
    public const string ServiceBusQueueName = "ServiceBus:QueueName";
    public const string Systems = "Worker:Systems";
    public const string PollInterval = "Worker:PollInterval";
    public const string SweepTime = "Worker:SweepTime";
    public const string TimeZone = "Worker:TimeZone";
    public const string HealthFile = "Worker:HealthFile";
}
