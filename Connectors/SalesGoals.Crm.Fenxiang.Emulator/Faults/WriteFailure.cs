namespace SalesGoals.Crm.Fenxiang.Emulator.Faults;

/// <summary>An injected failure for writes whose field <see cref="FieldApiName"/> equals <see cref="Value"/>.</summary>
/// <param name="ExecuteFirst">True: the write runs, then the error is answered (a timeout after the fact).</param>
public sealed record WriteFailure(string FieldApiName, string Value, long ErrorCode, int Times, bool ExecuteFirst = false);
