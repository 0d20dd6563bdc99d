namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>The standard appointment activity (a visit, 拜访); the product adds no columns to it.</summary>
public static class AppointmentTable
{
    public const string LogicalName = "appointment";

    public static class Fields
    {
        public const string Id = "activityid";
        public const string Subject = "subject";
        public const string OwnerId = "ownerid";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string ScheduledEnd = "scheduledend";
        public const string ActualEnd = "actualend";
    }

    public static class States
    {
        public const int Open = 0;
        public const int Completed = 1;
        public const int Canceled = 2;
        public const int Scheduled = 3;
    }
}
