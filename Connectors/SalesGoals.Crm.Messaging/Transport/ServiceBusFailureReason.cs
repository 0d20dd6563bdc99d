namespace SalesGoals.Crm.Messaging.Transport;

public enum ServiceBusFailureReason
{
    GeneralError,
    Unauthorized,
    EntityNotFound,
    MessageLockLost,
    SessionLockLost,
    SessionCannotBeLocked,
    NoSessionAvailable,
    MessageRejected,
    ServiceCommunicationProblem,
}
