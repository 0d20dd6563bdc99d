using System.Threading;
using System.Threading.Tasks;
using Refit;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>
/// Data, metadata and employee endpoints. <c>family</c> is <c>v2</c> for preset objects and
/// <c>custom/v2</c> for custom ones (<see cref="FenxiangPathFamily"/>); credentials, thirdTraceId and
/// resilience are added by the registered handlers.
/// </summary>
public interface IFenxiangApi
{
    [Post("/cgi/crm/{**family}/data/query")]
    Task<QueryResponse> QueryAsync(string family, [Body] FenxiangRequest<QueryRequestData> request, CancellationToken cancellationToken);

    [Post("/cgi/crm/{**family}/data/get")]
    Task<RecordResponse> GetAsync(string family, [Body] FenxiangRequest<GetRequestData> request, CancellationToken cancellationToken);

    [Post("/cgi/crm/{**family}/data/create")]
    Task<CreateRecordResponse> CreateAsync(string family, [Body] FenxiangRequest<WriteRequestData> request, CancellationToken cancellationToken);

    [Post("/cgi/crm/{**family}/data/update")]
    Task<FenxiangResponse> UpdateAsync(string family, [Body] FenxiangRequest<WriteRequestData> request, CancellationToken cancellationToken);

    [Post("/cgi/crm/{**family}/data/invalid")]
    Task<FenxiangResponse> InvalidAsync(string family, [Body] FenxiangRequest<InvalidRequestData> request, CancellationToken cancellationToken);

    [Post("/cgi/crm/{**family}/data/delete")]
    Task<FenxiangResponse> DeleteAsync(string family, [Body] FenxiangRequest<IdListRequestData> request, CancellationToken cancellationToken);

    [Post("/cgi/crm/{**family}/data/recover")]
    Task<FenxiangResponse> RecoverAsync(string family, [Body] FenxiangRequest<IdListRequestData> request, CancellationToken cancellationToken);

    [Post("/cgi/crm/{**family}/data/changeOwner")]
    Task<FenxiangResponse> ChangeOwnerAsync(string family, [Body] FenxiangRequest<ChangeOwnerRequestData> request, CancellationToken cancellationToken);

    [Post("/cgi/crm/v2/object/describe")]
    Task<DescribeResponse> DescribeAsync([Body] FenxiangRequest<DescribeRequestData> request, CancellationToken cancellationToken);

    [Post("/cgi/crm/v2/object/list")]
    Task<ObjectListResponse> ListObjectsAsync([Body] FenxiangRequest<ObjectListRequestData> request, CancellationToken cancellationToken);

    [Post("/cgi/user/getByMobile")]
    Task<UserByMobileResponse> GetUserByMobileAsync([Body] UserByMobileRequest request, CancellationToken cancellationToken);

    [Post("/cgi/user/get")]
    Task<FenxiangUser> GetUserAsync([Body] UserGetRequest request, CancellationToken cancellationToken);

    [Post("/cgi/user/list")]
    Task<UserListResponse> ListUsersAsync([Body] UserListRequest request, CancellationToken cancellationToken);
}
