package org.standingoffice.drafting.internal;

import java.util.Arrays;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * Binary logistic regression with an L2 penalty on the weights (not the intercept), fitted by
 * minimising the mean negative log-likelihood with Commons Math's non-linear conjugate gradient
 * optimiser and the analytic gradient. Used twice: for the decision's weights over standardised
 * features, and (one feature, no penalty) for Platt scaling of their out-of-fold scores.
 */
final class LogisticRegression {

    private static final int MAX_EVALUATIONS = 20_000;

    private LogisticRegression() {}

    /**
     * @param x one row per example
     * @param y 1 for positive examples, 0 for negative
     * @param lambda the L2 penalty on the weights
     * @return the intercept followed by one weight per column of {@code x}; when every example has
     *     the same label (a cross-validation fold may), the weights are 0 and the intercept is the
     *     log-odds of that label with half an example of the other added, since the unpenalised
     *     intercept would otherwise grow without end
     */
    static double[] fit(double[][] x, double[] y, double lambda) {
        int n = x.length;
        int d = n == 0 ? 0 : x[0].length;
        double positives = Arrays.stream(y).sum();
        if (positives == 0 || positives == n) {
            double[] prior = new double[d + 1];
            prior[0] = Math.log((positives + 0.5) / (n - positives + 0.5));
            return prior;
        }
        MultivariateFunction loss = theta -> {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double z = logit(theta, x[i]);
                // log(1 + e^z) - y z, written to stay finite for large |z|
                sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[i] * z;
            }
            double penalty = 0;
            for (int j = 1; j <= d; j++) {
                penalty += theta[j] * theta[j];
            }
            return sum / n + lambda * penalty / 2;
        };
        MultivariateVectorFunction gradient = theta -> {
            double[] g = new double[d + 1];
            for (int i = 0; i < n; i++) {
                double error = sigmoid(logit(theta, x[i])) - y[i];
                g[0] += error;
                for (int j = 0; j < d; j++) {
                    g[j + 1] += error * x[i][j];
                }
            }
            for (int j = 0; j <= d; j++) {
                g[j] /= n;
                if (j > 0) {
                    g[j] += lambda * theta[j];
                }
            }
            return g;
        };
        NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-10, 1e-12));
        PointValuePair best = optimizer.optimize(
                new MaxEval(MAX_EVALUATIONS),
                new ObjectiveFunction(loss),
                new ObjectiveFunctionGradient(gradient),
                GoalType.MINIMIZE,
                new InitialGuess(new double[d + 1]));
        return best.getPoint();
    }

    /**
     * {@link #fit} with the sign of some weights fixed: a column whose weight comes out against its
     * {@code signs} entry (+1 must not be negative, -1 not positive, 0 free) is left out (its weight 0)
     * and the rest refitted, until every weight keeps its sign. Correlated features otherwise trade
     * weights of opposite signs that cancel on the examples fitted on and not on others.
     */
    static double[] fit(double[][] x, double[] y, double lambda, int[] signs) {
        int d = signs.length;
        if (x.length == 0) {
            // A fold with nothing to learn from: even odds.
            return new double[d + 1];
        }
        boolean[] left = new boolean[d];
        while (true) {
            double[][] kept = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                kept[i] = x[i].clone();
                for (int j = 0; j < d; j++) {
                    if (left[j]) {
                        kept[i][j] = 0;
                    }
                }
            }
            double[] theta = fit(kept, y, lambda);
            boolean violated = false;
            for (int j = 0; j < d; j++) {
                if (!left[j] && signs[j] * theta[j + 1] < 0) {
                    left[j] = true;
                    violated = true;
                }
            }
            if (!violated) {
                return theta;
            }
        }
    }

    static double logit(double[] theta, double[] row) {
        double z = theta[0];
        for (int j = 0; j < row.length; j++) {
            z += theta[j + 1] * row[j];
        }
        return z;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
