using System;

namespace SalesGoals.Crm.Fenxiang.Emulator.Auth;

/// <summary>A token handed out by one of the token endpoints.</summary>
public sealed record IssuedToken(string Value, bool Legacy, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
