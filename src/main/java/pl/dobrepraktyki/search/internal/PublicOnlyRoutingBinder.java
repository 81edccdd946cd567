package pl.dobrepraktyki.search.internal;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import pl.dobrepraktyki.catalog.Practice;

/** Only public practices (published, or due for re-verification) are in the index; drafts never are. */
class PublicOnlyRoutingBinder implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status");
        context.bridge(Practice.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Practice> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, Practice practice,
                RoutingBridgeRouteContext context) {
            if (practice.getStatus().isPublic()) {
                routes.addRoute();
            }
            else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Practice practice,
                RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
