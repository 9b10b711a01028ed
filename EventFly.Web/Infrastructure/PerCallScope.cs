using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace EventFly.Web.Infrastructure;

/// <summary>
/// Context services for the interactive portal, one DI scope (so one DbContext) per call. A Blazor Server circuit is
/// one scope for the whole visit: sharing its DbContext across components would serve entities tracked minutes ago,
/// carry a failed call's unsaved changes into the next save, and throw when two components load at once.
/// Components take these with <c>[Inject(Key = PerCallScope.Key)]</c>; endpoints keep the request's scope.
/// </summary>
internal static class PerCallScope
{
    public const string Key = "per-call";

    public static IServiceCollection AddPerCallScoped<TService>(this IServiceCollection services) where TService : class =>
        services.AddKeyedSingleton<TService>(Key, (provider, _) => Proxy<TService>.For(provider.GetRequiredService<IServiceScopeFactory>()));

    /// <summary>Forwards each call to the service of a new scope; the scope ends when the returned task does.</summary>
    internal class Proxy<TService> : DispatchProxy where TService : class
    {
        private static readonly ConcurrentDictionary<Type, MethodInfo> EndScopeAfter = new();
        private IServiceScopeFactory _scopes = null!;

        public static TService For(IServiceScopeFactory scopes)
        {
            var proxy = Create<TService, Proxy<TService>>();
            ((Proxy<TService>)(object)proxy)._scopes = scopes;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(method);
            var returns = method.ReturnType;
            if (returns == typeof(ValueTask) || (returns.IsGenericType && returns.GetGenericTypeDefinition() is var open
                    && (open == typeof(ValueTask<>) || open == typeof(IAsyncEnumerable<>))))
                throw new NotSupportedException($"{typeof(TService).Name}.{method.Name}: per-call scopes end with a Task; return Task or Task<T>.");
            var scope = _scopes.CreateAsyncScope();
            object? result;
            try
            {
                result = method.Invoke(scope.ServiceProvider.GetRequiredService<TService>(), args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                scope.Dispose();
                ExceptionDispatchInfo.Throw(ex.InnerException);
                throw;
            }

            if (returns == typeof(Task)) return EndScopeAsync((Task)result!, scope);
            if (returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(Task<>))
                return EndScopeAfter.GetOrAdd(returns.GetGenericArguments()[0],
                        type => typeof(Proxy<TService>).GetMethod(nameof(EndScopeWithResultAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type))
                    .Invoke(null, [result, scope]);
            scope.Dispose();
            return result;
        }

        private static async Task EndScopeAsync(Task call, AsyncServiceScope scope)
        {
            await using (scope) await call;
        }

        private static async Task<T> EndScopeWithResultAsync<T>(Task<T> call, AsyncServiceScope scope)
        {
            await using (scope) return await call;
        }
    }
}
