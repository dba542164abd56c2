package org.standingoffice.drafting.internal;

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
     * @return the intercept followed by one weight per column of {@code x}
     */
    static double[] fit(double[][] x, double[] y, double lambda) {
        int n = x.length;
        int d = n == 0 ? 0 : x[0].length;
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
