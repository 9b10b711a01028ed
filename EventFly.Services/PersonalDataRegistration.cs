using EventFly.Services.Common;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Privacy;
using EventFly.Services.Privacy.Contracts;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services;

/// <summary>
/// Privacy (ADR 0030): every context's part of the data export, the facades the deletion asks first, and each
/// context's consumer of <see cref="ParticipantDeletedV1"/>.
/// </summary>
internal static class PersonalDataRegistration
{
    public static IServiceCollection AddPersonalData(this IServiceCollection services)
    {
        services.AddScoped<IPersonalDataSource, Identity.IdentityPersonalData>();
        services.AddScoped<IPersonalDataSource, Organizations.OrganizationsPersonalData>();
        services.AddScoped<IPersonalDataSource, Ticketing.TicketingPersonalData>();
        services.AddScoped<IPersonalDataSource, Engagement.EngagementPersonalData>();
        services.AddScoped<IPersonalDataSource, Feedback.FeedbackPersonalData>();
        services.AddScoped<IPersonalDataSource, Notifications.NotificationsPersonalData>();
        services.AddScoped<IPersonalDataSource, Recommendations.RecommendationsPersonalData>();

        services.AddScoped<IAccountErasure, Identity.AccountErasure>();
        services.AddScoped<IOrganizationOwnership, Organizations.OrganizationOwnership>();
        services.AddScoped<IOpenPaidOrders, Ticketing.OpenPaidOrders>();
        services.AddScoped<IPersonalDataService, PersonalDataService>();

        services.AddScoped<IOutboxHandler, Organizations.Handlers.ParticipantDeletedHandler>();
        services.AddScoped<IOutboxHandler, Ticketing.Handlers.ParticipantDeletedHandler>();
        services.AddScoped<IOutboxHandler, Notifications.Handlers.ParticipantDeletedNotificationHandler>();
        services.AddScoped<IOutboxHandler, Recommendations.Handlers.ParticipantDeletedHandler>();
        return services;
    }
}
