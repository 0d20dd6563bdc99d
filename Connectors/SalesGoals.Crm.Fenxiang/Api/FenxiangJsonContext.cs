using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Source-generated JSON metadata for every Fenxiang payload (Refit 16 generated clients use it).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(TokenRequest))]
[JsonSerializable(typeof(AccessTokenResponse))]
[JsonSerializable(typeof(CorpAccessTokenResponse))]
[JsonSerializable(typeof(FenxiangResponse))]
[JsonSerializable(typeof(FenxiangRequest<QueryRequestData>))]
[JsonSerializable(typeof(FenxiangRequest<GetRequestData>))]
[JsonSerializable(typeof(FenxiangRequest<WriteRequestData>))]
[JsonSerializable(typeof(FenxiangRequest<InvalidRequestData>))]
[JsonSerializable(typeof(FenxiangRequest<IdListRequestData>))]
[JsonSerializable(typeof(FenxiangRequest<ChangeOwnerRequestData>))]
[JsonSerializable(typeof(FenxiangRequest<DescribeRequestData>))]
[JsonSerializable(typeof(FenxiangRequest<ObjectListRequestData>))]
[JsonSerializable(typeof(QueryResponse))]
[JsonSerializable(typeof(RecordResponse))]
[JsonSerializable(typeof(CreateRecordResponse))]
[JsonSerializable(typeof(DescribeResponse))]
[JsonSerializable(typeof(ObjectListResponse))]
[JsonSerializable(typeof(UserByMobileRequest))]
[JsonSerializable(typeof(UserByMobileResponse))]
[JsonSerializable(typeof(UserGetRequest))]
[JsonSerializable(typeof(UserListRequest))]
[JsonSerializable(typeof(UserListResponse))]
[JsonSerializable(typeof(FenxiangUser))]
public sealed partial class FenxiangJsonContext : JsonSerializerContext;
