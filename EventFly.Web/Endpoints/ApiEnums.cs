namespace EventFly.Web.Endpoints;

/// <summary>The services' contract states and the API's (EventFly.Client.Contracts) share their members' names; <c>ApiEnumTests</c> holds them together.</summary>
internal static class ApiEnums
{
    public static TApi ToApi<TApi>(this Enum state) where TApi : struct, Enum => Enum.Parse<TApi>(state.ToString());
}
